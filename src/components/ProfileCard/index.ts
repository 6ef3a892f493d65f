export { ProfileCard, type ProfileCardProps, type ProfileCardState } from './ProfileCard';
