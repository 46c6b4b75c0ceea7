import { frameworkOf, resolveCatalogue } from '../core/catalogue/registry';
import { formatCents } from '../core/kernel/decimal';
import { cliText } from './cli-text';
import type { Output } from './commands';

/**
 * `spbe kerangka [id]`: an instrument's indicators (code, weight, name) under their aspects,
 * so that a coordinator writing opd.csv or a levels CSV knows the codes to use.
 */
export function printKerangka(id: string, json: boolean, io: Output): void {
  const catalogue = resolveCatalogue(id);
  if (json) {
    io.out(
      JSON.stringify(
        {
          framework: catalogue.id,
          indexName: frameworkOf(catalogue).indexName,
          aspects: catalogue.aspects.map((a) => ({
            id: a.id,
            name: a.name,
            indicators: catalogue.indicators
              .filter((i) => i.aspect === a.id)
              .map((i) => ({ no: i.no, code: i.code, name: i.name, weight: i.weightBp / 10000 })),
          })),
        },
        null,
        2,
      ),
    );
    return;
  }
  io.out(cliText.kerangkaTitle(catalogue.title, catalogue.indicators.length));
  for (const aspect of catalogue.aspects) {
    io.out(`\n${aspect.id} ${aspect.name}`);
    for (const i of catalogue.indicators.filter((x) => x.aspect === aspect.id))
      io.out(
        `  ${String(i.no).padStart(2)}  ${i.code.padEnd(5)} ${formatCents(i.weightBp).padStart(5)}%  ${i.aliases?.[0] ?? i.name}${i.external ? cliText.externalIndicator(i.external) : ''}`,
      );
  }
  io.out(cliText.next.kerangka(catalogue.id));
}
