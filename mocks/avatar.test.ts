import { contrastRatio } from '../test/contrast';
import { AVATAR_COLORS, initialsAvatar } from './avatar';

describe('generated avatars', () => {
  it('put white initials on colours that pass WCAG AA (4.5:1), in one weight', () => {
    expect(AVATAR_COLORS.filter((color) => contrastRatio(color, '#ffffff') < 4.5)).toEqual([]);
    const svgs = AVATAR_COLORS.map((_, i) => decodeURIComponent(initialsAvatar('Ada Lovelace', i)));
    expect(
      svgs.every((svg) => svg.includes('fill="#fff"') && svg.includes('font-weight="600"')),
    ).toBe(true);
  });
});
