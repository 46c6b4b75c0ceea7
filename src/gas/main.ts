// The Apps Script bundle's entry: importing a module registers its entry points. Nothing
// here may call a service, since every execution (each formula cell too) runs this file.
import './custom-functions';
import './menu';
