/**
 * The host-access check (popup and onboarding) in Chrome's terms too, where a browser test cannot
 * withhold access: it says access is missing, asks from the click, and says plainly when the user
 * says no.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { HostAccess } from '../../components/HostAccess';

afterEach(cleanup);

it('granted: onboarding says so; the popup shows nothing', () => {
  const request = vi.fn(async () => true);
  const { rerender } = render(<HostAccess granted request={request} />);
  expect(screen.getByTestId('cc-host-access').getAttribute('data-granted')).toBe('true');
  rerender(<HostAccess granted compact request={request} />);
  expect(screen.queryByTestId('cc-host-access')).toBeNull();
});

it('not granted: says so, asks from the click, and says plainly when the answer is no', async () => {
  const request = vi.fn(async () => false);
  render(<HostAccess granted={false} compact request={request} />);
  expect(screen.getByTestId('cc-host-access').textContent).toMatch(/cannot read LinkedIn pages/);
  fireEvent.click(screen.getByRole('button', { name: 'Allow access to LinkedIn' }));
  expect(request).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/was not allowed/));
});

it('a failure to ask is said in plain words', async () => {
  render(
    <HostAccess
      granted={false}
      request={async () => {
        throw new Error('permissions.request may only be called from a user input handler');
      }}
    />,
  );
  fireEvent.click(screen.getByTestId('cc-grant-access'));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Could not ask the browser/));
});

it('says nothing while the browser is asked', () => {
  render(<HostAccess granted={null} request={async () => true} />);
  expect(screen.queryByTestId('cc-host-access')).toBeNull();
});
