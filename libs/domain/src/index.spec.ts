import * as domain from './index';
import * as creditCode from './credit-code';
import * as funds from './funds';
import * as labels from './labels';
import * as milestones from './milestones';
import * as money from './money';
import * as names from './names';
import * as organizationKinds from './organization-kinds';
import * as places from './places';
import * as projectFacts from './project-facts';
import * as reinvestment from './reinvestment';
import * as roles from './roles';
import * as tags from './tags';
import * as taxonomy from './taxonomy';
import * as text from './text';
import * as validation from './validation';
import * as passwords from './passwords';
import * as signIns from './sign-ins';

// Consumers import only '@lianzhao/domain', so a module missing from the barrel is invisible.
describe('public API', () => {
  it.each(
    Object.entries({
      creditCode,
      funds,
      labels,
      milestones,
      money,
      names,
      organizationKinds,
      places,
      projectFacts,
      passwords,
      signIns,
      reinvestment,
      roles,
      tags,
      taxonomy,
      text,
      validation,
    }),
  )('re-exports everything from %s', (_name, module) => {
    for (const [key, value] of Object.entries(module)) {
      expect(domain).toHaveProperty(key, value);
    }
  });
});
