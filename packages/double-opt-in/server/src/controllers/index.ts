import digest from './digest';
import mailings from './mailings';
import poolAdmin from './pool-admin';
import poolImport from './pool-import';
import publicPages from './public-pages';

export default { 'public-pages': publicPages, 'pool-admin': poolAdmin, 'pool-import': poolImport, mailings, digest };
