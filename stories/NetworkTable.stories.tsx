import type { Meta, StoryObj } from '@storybook/react-vite';
import { samirNetwork } from '@kring/fixtures';
import type { Network } from '@kring/core';

function NetworkTable({ network }: { network: Network }) {
  return (
    <table>
      <caption>People in the network of {network.people.find((p) => p.id === network.focus)?.name}</caption>
      <thead>
        <tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Sector</th><th scope="col">Circle</th><th scope="col">Consent</th></tr>
      </thead>
      <tbody>
        {network.people.map((p) => (
          <tr key={p.id}><td>{p.name}</td><td>{p.kind}</td><td>{p.sector ?? '—'}</td><td>{p.closeness ?? '—'}</td><td>{p.consent ?? 'unknown'}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Core/Network data',
  component: NetworkTable,
  tags: ['autodocs'],
  args: { network: samirNetwork },
} satisfies Meta<typeof NetworkTable>;
export default meta;

export const Samir: StoryObj<typeof meta> = {};
