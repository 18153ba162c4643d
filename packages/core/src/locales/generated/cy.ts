
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's505538c4d59381a9': str`For editors: &lt;${0}&gt; found ${1} problem(s). Residents see your fallback content instead.`,
'sbba3e876fd1f22d1': `How to write a charter`,
's7efd59133b84efc3': `Sorry, this information cannot be shown at the moment. Please contact the council.`,
's6ebc9bd6feae62a3': `Loading…`,
's0f4b4e3c16f4f399': `The charter could not be loaded`,
's156514195b5c62fd': `The charter has problems`,
'sdc27ad3f7b294a98': `This widget is not set up correctly`,
    };
  