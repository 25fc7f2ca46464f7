/**
 * For suites that use step elements on their own: every step element is registered before the first test
 * (the widget's other steps load in a chunk of their own, after `define` registers the first).
 */
import { whenStepsDefined } from '../../src/define.js';

before(whenStepsDefined);
