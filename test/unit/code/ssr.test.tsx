// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeSentNotice } from '../../../src/components/forms/code-sent-notice.js';
import { SendCodeButton } from '../../../src/components/fields/send-code-button.js';
import { SmsCodeInput } from '../../../src/components/fields/sms-code-input.js';
import { useCooldown } from '../../../src/hooks/code-step/use-cooldown.js';
import { useWebOtp } from '../../../src/hooks/code-step/use-web-otp.js';

// No window, no document: the parts render on a server and read storage only after hydration.
function CodeStep() {
  const cooldown = useCooldown({ key: 'CHANNEL_BIND_PHONE' });
  useWebOtp({ enabled: true, onCode: () => undefined });
  return (
    <>
      <SmsCodeInput name="code" />
      <SendCodeButton
        onSend={() => undefined}
        cooldownSeconds={cooldown.remainingSeconds}
        sending={false}
        sentBefore
      />
      <CodeSentNotice phone="+8613800138000" onChangeNumber={() => undefined} />
    </>
  );
}

describe('server rendering', () => {
  it('renders the code step with no window', () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<CodeStep />);
    expect(html.toLowerCase()).toContain('autocomplete="one-time-code"');
    expect(html).toContain('Resend code');
    expect(html).toContain('+86 138****8000');
    expect(html).not.toContain('<style');
    expect(html).not.toContain('style=');
  });
});
