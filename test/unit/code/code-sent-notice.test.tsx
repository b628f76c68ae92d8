import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CodeSentNotice } from '../../../src/components/forms/code-sent-notice.js';

describe('CodeSentNotice', () => {
  it('says where the code went, masked, with a Change number button', async () => {
    const onChangeNumber = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<CodeSentNotice phone="+8613800138000" onChangeNumber={onChangeNumber} />);
    expect(container.querySelector('[data-slot="sent"]')).toHaveTextContent(
      'Code sent to +86 138****8000 · Change number',
    );
    expect(container.textContent).not.toContain('13800138000');
    await user.click(screen.getByRole('button', { name: 'Change number' }));
    expect(onChangeNumber).toHaveBeenCalledTimes(1);
  });

  it('takes the GenAuth pair, and leaves the button out without onChangeNumber', () => {
    render(<CodeSentNotice phone={{ phoneNumber: '13800138000', phoneCountryCode: '+86' }} />);
    expect(screen.getByText('+86 138****8000')).toHaveAttribute('dir', 'ltr');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers a "Didn\'t get a code?" disclosure with the checklist', async () => {
    const user = userEvent.setup();
    const { container } = render(<CodeSentNotice phone="+8613800138000" />);
    const details = container.querySelector('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(screen.getByText("Didn't get a code?"));
    expect(details.open).toBe(true);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Check that the number above is right.',
      'Make sure your phone has signal and can receive SMS.',
      'Look in blocked or filtered messages.',
      'Wait for the countdown to end, then ask for a new code.',
    ]);
  });

  it('renders a hostile override as text', () => {
    const { container } = render(
      <CodeSentNotice
        phone="+8613800138000"
        messages={{ code: { sentTo: '<img src=x onerror=alert(1)> {phone}' } }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)> +86 138****8000');
  });

  it('forwards its ref to the root and passes id, style, data-*, aria-* and handlers to it', () => {
    const ref = createRef<HTMLDivElement>();
    const onClick = vi.fn();
    const { container } = render(
      <CodeSentNotice
        ref={ref}
        phone="+8613800138000"
        id="notice"
        style={{ marginBlockStart: '8px' }}
        data-testid="sent-notice"
        aria-live="polite"
        title="SMS"
        onClick={onClick}
        className="mine"
      />,
    );
    const root = container.firstElementChild as HTMLDivElement;
    expect(ref.current).toBe(root);
    expect(root).toHaveAttribute('id', 'notice');
    expect(root.style.marginBlockStart).toBe('8px');
    expect(root).toHaveAttribute('data-testid', 'sent-notice');
    expect(root).toHaveAttribute('aria-live', 'polite');
    expect(root).toHaveAttribute('title', 'SMS');
    // The kit's own root attributes stay, with the user's class added.
    expect(root).toHaveAttribute('data-slot', 'root');
    expect(root).toHaveClass('bp-root', 'mine');
    fireEvent.click(root);
    expect(onClick).toHaveBeenCalledTimes(1);
    // The kit's own props are not spilled onto the element.
    for (const name of ['phone', 'locale', 'messages', 'unstyled', 'classnames']) {
      expect(root.hasAttribute(name), name).toBe(false);
    }
  });

  it("a data-slot given by the user does not replace the kit's", () => {
    const { container } = render(<CodeSentNotice phone="+8613800138000" {...{ 'data-slot': 'mine' }} />);
    expect(container.firstElementChild).toHaveAttribute('data-slot', 'root');
  });
});
