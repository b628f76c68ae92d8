import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SendCodeButton, type SendCodeButtonProps } from '../../../src/components/fields/send-code-button.js';

const base: SendCodeButtonProps = {
  onSend: () => undefined,
  cooldownSeconds: 0,
  sending: false,
  sentBefore: false,
};

describe('SendCodeButton', () => {
  it('is named "Send code", then "Resend in {n}s", then "Resend code"', () => {
    const { rerender } = render(<SendCodeButton {...base} />);
    expect(screen.getByRole('button')).toHaveAccessibleName('Send code');
    rerender(<SendCodeButton {...base} sending />);
    expect(screen.getByRole('button')).toHaveAccessibleName('Sending…');
    rerender(<SendCodeButton {...base} sentBefore cooldownSeconds={60} />);
    expect(screen.getByRole('button')).toHaveAccessibleName('Resend in 60s');
    rerender(<SendCodeButton {...base} sentBefore cooldownSeconds={59} />);
    expect(screen.getByRole('button')).toHaveAccessibleName('Resend in 59s');
    rerender(<SendCodeButton {...base} sentBefore cooldownSeconds={0} />);
    expect(screen.getByRole('button')).toHaveAccessibleName('Resend code');
  });

  it.each([
    ['the number is invalid', { disabled: true }],
    ['sending', { sending: true }],
    ['cooling down', { cooldownSeconds: 12, sentBefore: true }],
  ])('is aria-disabled, focusable and ignores presses while %s', async (_state, props) => {
    const onSend = vi.fn();
    const user = userEvent.setup();
    render(<SendCodeButton {...base} {...props} onSend={onSend} />);
    const button = screen.getByRole('button');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    button.focus();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter} ');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('keeps focus on the button when a send starts (a disabled button would drop it)', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<SendCodeButton {...base} />);
    const button = screen.getByRole('button');
    await user.click(button);
    rerender(<SendCodeButton {...base} sending />);
    expect(button).toHaveFocus();
  });

  it('announces the start and the end of a cooldown, not every second', () => {
    const { rerender } = render(<SendCodeButton {...base} />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    const seen = new Set<string>();
    const record = () => seen.add(status.textContent ?? '');
    rerender(<SendCodeButton {...base} sending />);
    record();
    rerender(<SendCodeButton {...base} sentBefore cooldownSeconds={60} />);
    const atStart = status.textContent;
    for (let s = 59; s > 0; s -= 1) {
      rerender(<SendCodeButton {...base} sentBefore cooldownSeconds={s} />);
      expect(status.textContent).toBe(atStart);
      record();
    }
    rerender(<SendCodeButton {...base} sentBefore cooldownSeconds={0} />);
    record();
    expect([...seen]).toEqual([
      'Sending…',
      'Code sent. You can ask for another in 60 seconds.',
      'You can ask for a new code now.',
    ]);
  });

  it('says "if no code arrives" when the SMS may have gone out', () => {
    const { rerender } = render(<SendCodeButton {...base} sending />);
    rerender(<SendCodeButton {...base} sentBefore maybeSent cooldownSeconds={60} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'We could not confirm that the code was sent. If no code arrives, you can ask for a new one in 60 seconds.',
    );
  });

  it.each([
    ['sent', 'Code sent. You can ask for another in 120 seconds.'],
    [
      'maybe-sent',
      'We could not confirm that the code was sent. If no code arrives, you can ask for a new one in 120 seconds.',
    ],
    ['refused', 'The service refused to send a code. You can ask again in 120 seconds.'],
    ['none', 'You can ask for a new code in 120 seconds.'],
  ] as const)('says what the send did when the cooldown starts: %s', (outcome, said) => {
    const { rerender } = render(<SendCodeButton {...base} sending />);
    rerender(<SendCodeButton {...base} sentBefore outcome={outcome} cooldownSeconds={120} />);
    expect(screen.getByRole('status')).toHaveTextContent(said);
    // An option of the button, not an attribute of the <button>.
    expect(screen.getByRole('button')).not.toHaveAttribute('outcome');
  });

  it('a refusal known a render after the cooldown started is said too, and "sent" is not left behind', () => {
    const { rerender } = render(<SendCodeButton {...base} sending />);
    rerender(<SendCodeButton {...base} sentBefore outcome="none" cooldownSeconds={120} />);
    rerender(<SendCodeButton {...base} sentBefore outcome="refused" cooldownSeconds={120} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'The service refused to send a code. You can ask again in 120 seconds.',
    );
    // The countdown itself is not news.
    rerender(<SendCodeButton {...base} sentBefore outcome="refused" cooldownSeconds={119} />);
    expect(screen.getByRole('status')).toHaveTextContent('in 120 seconds');
  });

  it('a send that ended without a cooldown (nothing sent) leaves no "Sending…" behind', () => {
    const { rerender } = render(<SendCodeButton {...base} />);
    rerender(<SendCodeButton {...base} sending />);
    expect(screen.getByRole('status')).toHaveTextContent('Sending…');
    rerender(<SendCodeButton {...base} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says the refusal in the locale in force', async () => {
    const { rerender } = render(<SendCodeButton {...base} locale="zh-CN" sending />);
    await waitFor(() => expect(screen.getByRole('button')).toHaveTextContent('发送中…'));
    rerender(<SendCodeButton {...base} locale="zh-CN" sentBefore outcome="refused" cooldownSeconds={120} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      '发送请求被拒绝，验证码未发送。120 秒后可再次获取。',
    );
  });

  it('says nothing on mount, even mid-cooldown (a remount is not news)', () => {
    render(<SendCodeButton {...base} sentBefore cooldownSeconds={30} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('passes aria-describedby to the button (a throttle message)', () => {
    render(
      <>
        <SendCodeButton {...base} sentBefore cooldownSeconds={30} aria-describedby="throttle" />
        <p id="throttle">Too many attempts. Please wait and try again.</p>
      </>,
    );
    expect(screen.getByRole('button')).toHaveAccessibleDescription(
      'Too many attempts. Please wait and try again.',
    );
  });

  it('follows the locale and a messages override', async () => {
    const { rerender } = render(<SendCodeButton {...base} locale="zh-CN" />);
    // The zh-CN catalog is loaded on demand.
    await waitFor(() => expect(screen.getByRole('button').textContent).not.toBe('Send code'));
    rerender(<SendCodeButton {...base} messages={{ send: { send: 'Text me' } }} />);
    expect(screen.getByRole('button')).toHaveAccessibleName('Text me');
  });

  it('puts data-slot on every part, bp-root on the root, and honours classNames and unstyled', () => {
    const { container, rerender } = render(
      <SendCodeButton {...base} className="mine" classNames={{ button: 'btn', status: 'sr' }} />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('bp-root', 'mine');
    expect(root).toHaveAttribute('data-slot', 'root');
    expect(screen.getByRole('button')).toHaveClass('btn');
    expect(screen.getByRole('button')).toHaveAttribute('data-slot', 'button');
    expect(screen.getByRole('status')).toHaveAttribute('data-slot', 'status');
    expect(screen.getByRole('status')).toHaveClass('sr');
    rerender(<SendCodeButton {...base} unstyled />);
    expect(container.firstElementChild).not.toHaveClass('bp-root');
  });
});
