export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // Unknown query keys are rejected with a 400 instead of being ignored silently.
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
};
