// An x-axis label that wraps to the width it is given, so long period labels
// ("as reported in Casey Review (Mar 2023)") stay readable at 320px.
import { Text, type XAxisTickContentProps } from 'recharts';

export function WrappedTick({ x, y, label, labelWidth }: XAxisTickContentProps & { label: string; labelWidth: number }) {
  return (
    <Text x={Number(x)} y={Number(y)} width={labelWidth} textAnchor="middle" verticalAnchor="start" fontSize={12} fill="#1e293b">
      {label}
    </Text>
  );
}
