export { FollowerList, type FollowerListProps } from './FollowerList';
export type { FollowerListState } from './listType';
