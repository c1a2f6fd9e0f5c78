import digest from './digest';
import mailings from './mailings';
import poolAdmin from './pool-admin';
import publicPages from './public-pages';

export default { 'public-pages': publicPages, 'pool-admin': poolAdmin, mailings, digest };
