import publicAnswers from './public-answers';

export default {
  'public-answers': publicAnswers,
};
