import finder from './finder';
import formatIndex from './format-index';

export default {
  finder,
  'format-index': formatIndex,
};
