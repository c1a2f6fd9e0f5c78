import finder from './finder';

export default { finder };
