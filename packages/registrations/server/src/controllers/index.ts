import publicRegistration from './public-registration';

export default { 'public-registration': publicRegistration };
