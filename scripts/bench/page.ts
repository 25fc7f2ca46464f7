// The bench page: the widget as a site would use it.
import '../../src/define.js';
