// A consumer's page: it imports the package's `define` entry for its side effects only. size.mjs points the
// name at the package as `npm run build` builds it.
import 'okta-verify-signin/define';
