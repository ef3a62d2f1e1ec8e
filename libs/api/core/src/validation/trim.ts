import { Transform } from 'class-transformer';

/** Trims a string input and turns an empty one into null ("cleared"), so a blank form field never stores whitespace. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });
}
