import answerTags from './answer-tags';
import finder from './finder';
import formatIndex from './format-index';
import planner from './planner';

export default {
  'answer-tags': answerTags,
  finder,
  'format-index': formatIndex,
  planner,
};
