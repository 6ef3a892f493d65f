export { Avatar, type AvatarProps, type AvatarSize } from './Avatar';
export { safeImageSrc } from './safeImageSrc';
