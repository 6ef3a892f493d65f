export { classNames, dataFlag, partClass } from './classNames';
export { composeEventHandlers } from './composeEventHandlers';
export { useControllableState } from './useControllableState';
export { VisuallyHidden } from './VisuallyHidden';
