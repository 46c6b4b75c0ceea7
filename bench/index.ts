// `npm run bench`: every benchmark, printed as figures and ratios.
import { benchCompletenessCheck } from './completeness-check';
import { benchCustomFunctions } from './custom-functions';
import { benchProvince } from './province';
import { benchServiceModel } from './service-model';
import { benchWorkbookSetup } from './workbook-setup';
import { benchXlsx } from './xlsx';

benchCustomFunctions();
benchWorkbookSetup();
benchServiceModel();
benchCompletenessCheck();
void benchXlsx().then(() => benchProvince());
