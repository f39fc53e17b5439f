// Theme Kring from the host's design tokens: set --kring-* variables on any ancestor (on
// the element itself for the custom elements), and pick light, dark or auto with `theme`.
import type { CSSProperties } from 'react';
import { Ecogram } from '@kring/react';
import type { Network } from '@kring/core';

const hostTokens = {
  '--kring-accent': '#6a1b58',
  '--kring-focus': '#6a1b58',
  '--kring-selected': '#6a1b58',
  '--kring-selected-bg': '#f6e6f1',
  '--kring-radius': '2px',
  '--kring-font': 'Georgia, serif',
} as CSSProperties;

export function ThemedEcogram({ network, dark = false }: { network: Network; dark?: boolean }) {
  return (
    <div style={hostTokens}>
      <Ecogram defaultNetwork={network} theme={dark ? 'dark' : 'light'} readOnly />
    </div>
  );
}
