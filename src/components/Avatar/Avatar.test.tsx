import { fireEvent, render, screen } from '@testing-library/react';
import { expectNoAxeViolations } from '../../../test/axe';
import { Avatar } from './Avatar';
import { safeImageSrc } from './safeImageSrc';

describe('Avatar', () => {
  it('shows the image with the name as alt text', async () => {
    const { container } = render(
      <Avatar userID="u1" name="Ada Lovelace" src="https://cdn.example.test/ada.png" />,
    );
    const image = screen.getByRole('img', { name: 'Ada Lovelace' });
    expect(image).toHaveAttribute('src', 'https://cdn.example.test/ada.png');
    expect(container.firstChild).toHaveAttribute('data-state', 'image');
    await expectNoAxeViolations(container);
  });

  it('never loads a javascript: URL and shows initials instead', async () => {
    const { container } = render(
      <Avatar userID="u1" name="Ada Lovelace" src=" javascript:alert(1)" />,
    );
    expect(container.querySelector('img')).toBeNull();
    const fallback = screen.getByRole('img', { name: 'Ada Lovelace' });
    expect(fallback).toHaveTextContent('AL');
    expect(fallback).toHaveAttribute('data-state', 'fallback');
    await expectNoAxeViolations(container);
  });

  it('falls back to initials when the image fails to load', () => {
    render(<Avatar userID="u1" name="grace hopper" src="https://cdn.example.test/broken.png" />);
    fireEvent.error(screen.getByRole('img', { name: 'grace hopper' }));
    expect(screen.getByRole('img', { name: 'grace hopper' })).toHaveTextContent('GH');
  });

  it('is hidden from assistive technology when decorative', async () => {
    const { container, rerender } = render(
      <Avatar userID="u1" name="Ada" src="https://cdn.example.test/ada.png" decorative />,
    );
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(screen.queryByRole('img')).toBeNull();
    rerender(<Avatar userID="u1" name="Ada" decorative />);
    expect(container.firstChild).toHaveAttribute('aria-hidden', 'true');
    await expectNoAxeViolations(container);
  });

  it('uses the user ID for the label and initials without a name, and keeps emoji whole', () => {
    const { rerender } = render(<Avatar userID="zoe_99" />);
    expect(screen.getByRole('img', { name: 'zoe_99' })).toHaveTextContent('Z');
    rerender(<Avatar userID="u2" name="👩‍💻 Dev" />);
    expect(screen.getByRole('img', { name: '👩‍💻 Dev' })).toHaveTextContent('👩‍💻D');
  });

  it('takes initials from letters, not from markup around them', () => {
    render(<Avatar userID="x" name="<img src=x onerror=alert(1)>" />);
    expect(screen.getByRole('img', { name: '<img src=x onerror=alert(1)>' })).toHaveTextContent(
      /^IO$/,
    );
  });

  it('derives a stable color from the user ID', () => {
    const { container, rerender } = render(<Avatar userID="alice" />);
    const color = container.firstElementChild?.getAttribute('data-color');
    rerender(<Avatar userID="alice" name="Alice" />);
    expect(container.firstElementChild?.getAttribute('data-color')).toBe(color);
    expect(Number(color)).toBeGreaterThanOrEqual(0);
    expect(Number(color)).toBeLessThan(8);
  });

  it('passes className and data attributes through, and drops kit classes when unstyled', () => {
    const { container } = render(
      <Avatar userID="u1" size="lg" className="mine" data-testid="a" unstyled />,
    );
    const root = container.firstElementChild;
    expect(root).toHaveClass('mine');
    expect(root).not.toHaveClass('rfk-avatar');
    expect(root).toHaveAttribute('data-size', 'lg');
    expect(root).toHaveAttribute('data-testid', 'a');
  });
});

describe('safeImageSrc', () => {
  it.each([
    ['https://a.test/x.png', 'https://a.test/x.png'],
    ['http://a.test/x.png', 'http://a.test/x.png'],
    ['data:image/png;base64,AAAA', 'data:image/png;base64,AAAA'],
  ])('allows %s', (src, expected) => {
    expect(safeImageSrc(src)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '',
    undefined,
  ])('refuses %s', (src) => {
    expect(safeImageSrc(src)).toBeUndefined();
  });
});
