export { classNames, dataFlag, partClass } from './classNames';
export { composeEventHandlers } from './composeEventHandlers';
export { useComposedRef } from './useComposedRef';
export { useControllableState } from './useControllableState';
export { VisuallyHidden } from './VisuallyHidden';
