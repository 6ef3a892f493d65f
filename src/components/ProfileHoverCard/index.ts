export { ProfileHoverCard, type ProfileHoverCardProps } from './ProfileHoverCard';
