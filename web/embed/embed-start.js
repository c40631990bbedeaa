// The iframe page's first script (widget/embed-start.js), under a kilobyte,
// runs while the page's bundle of the widget (widget/embed-page.js) still
// compiles. The page knows its calculator and language from its query, so
// the calculator's strings and own code are requested and the core compiled
// from here, not once the element starts: 15-20 ms sooner to the first
// result on the bench machine. (Importing these modules from here instead of
// bundling them twice made the two files larger in gzip, not smaller.)
import { allowedModes } from '../widget/calculator-state.js';
import { preloadCalculators } from '../widget/preload.js';
import { lang, params } from './embed-settings.js';

preloadCalculators(lang, allowedModes(params.get('modes'), params.get('mode')));
