export { KnownFollowers, type KnownFollowersProps } from './KnownFollowers';
