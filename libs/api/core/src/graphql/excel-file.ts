import { Field, ObjectType } from '@nestjs/graphql';

/** A workbook handed to the browser as a download: every context's template and export answers this. */
@ObjectType({ description: 'Excel 文件（.xlsx，base64 编码）' })
export class ExcelFile {
  @Field()
  filename!: string;

  @Field()
  contentBase64!: string;
}
