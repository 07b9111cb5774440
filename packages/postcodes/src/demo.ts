import type { Tx } from "@lgp/db";
import { savePostcodes, type PostcodeRow } from "./save";

type Ward = readonly [code: string, name: string];
const row = (postcode: string, latitude: number, longitude: number, [wardCode, wardName]: Ward): PostcodeRow => ({ postcode, latitude, longitude, wardCode, wardName });

// Ward codes and names of the 2014–2022 boundaries, written down by hand: the ONS directory a council
// imports carries the current wards' codes, and replaces these.
const KINGSTON = {
  berrylands: ["E05000401", "Berrylands"],
  canbury: ["E05000403", "Canbury"],
  chessingtonSouth: ["E05000405", "Chessington South"],
  coombeHill: ["E05000406", "Coombe Hill"],
  coombeVale: ["E05000407", "Coombe Vale"],
  grove: ["E05000408", "Grove"],
  norbiton: ["E05000409", "Norbiton"],
  oldMalden: ["E05000410", "Old Malden"],
  stMarks: ["E05000412", "St Mark's"],
  tolworth: ["E05000414", "Tolworth and Hook Rise"],
  tudor: ["E05000415", "Tudor"],
} as const satisfies Record<string, Ward>;

const RICHMOND = {
  barnes: ["E05000516", "Barnes"],
  eastSheen: ["E05000517", "East Sheen"],
  ham: ["E05000519", "Ham, Petersham and Richmond Riverside"],
  hampton: ["E05000520", "Hampton"],
  hamptonWick: ["E05000522", "Hampton Wick"],
  kew: ["E05000524", "Kew"],
  northRichmond: ["E05000526", "North Richmond"],
  southRichmond: ["E05000528", "South Richmond"],
  southTwickenham: ["E05000529", "South Twickenham"],
  teddington: ["E05000530", "Teddington"],
  twickenhamRiverside: ["E05000531", "Twickenham Riverside"],
  whitton: ["E05000533", "Whitton"],
} as const satisfies Record<string, Ward>;

const SUTTON = {
  beddingtonNorth: ["E05000555", "Beddington North"],
  belmont: ["E05000557", "Belmont"],
  carshaltonCentral: ["E05000558", "Carshalton Central"],
  cheam: ["E05000560", "Cheam"],
  stHelier: ["E05000562", "St Helier"],
  suttonCentral: ["E05000564", "Sutton Central"],
  suttonNorth: ["E05000565", "Sutton North"],
  suttonSouth: ["E05000566", "Sutton South"],
  wallingtonSouth: ["E05000570", "Wallington South"],
  worcesterPark: ["E05000572", "Worcester Park"],
} as const satisfies Record<string, Ward>;

/**
 * Real postcodes the demo councils' helpers, offers and needs use, spread over several wards of each
 * borough, so distances in the demo read as they would on the council's own site. Positions are to
 * four decimal places (about 10 metres), from the places named beside them rather than from the ONS
 * directory; a council's own import replaces them with the directory's.
 */
export const DEMO_POSTCODES: Record<"kingston" | "richmond" | "sutton", readonly PostcodeRow[]> = {
  kingston: [
    row("KT1 1EU", 51.4079, -0.3060, KINGSTON.grove), // Guildhall
    row("KT1 1TP", 51.4105, -0.3053, KINGSTON.grove), // Bentall Centre
    row("KT1 2EE", 51.4029, -0.3036, KINGSTON.grove), // Kingston University, Penrhyn Road
    row("KT1 1HL", 51.4113, -0.3076, KINGSTON.grove), // Market Place area
    row("KT2 5AU", 51.4203, -0.3067, KINGSTON.canbury), // Lower Ham Road
    row("KT2 6QH", 51.4147, -0.3001, KINGSTON.canbury), // Fairfield North
    row("KT2 7QB", 51.4147, -0.2829, KINGSTON.coombeVale), // Kingston Hospital
    row("KT2 7EG", 51.4195, -0.2720, KINGSTON.coombeHill), // Coombe Lane West
    row("KT2 6NQ", 51.4221, -0.2967, KINGSTON.tudor), // Park Road
    row("KT1 3HS", 51.4086, -0.2885, KINGSTON.norbiton), // Cambridge Road
    row("KT6 4PE", 51.3926, -0.3035, KINGSTON.stMarks), // Surbiton station
    row("KT5 8HE", 51.3951, -0.2895, KINGSTON.berrylands), // Berrylands Road
    row("KT6 7DJ", 51.3775, -0.2815, KINGSTON.tolworth), // Tolworth Broadway
    row("KT4 7ER", 51.3845, -0.2570, KINGSTON.oldMalden), // Malden Road
    row("KT9 2NE", 51.3474, -0.3188, KINGSTON.chessingtonSouth), // Leatherhead Road, Chessington
  ],
  richmond: [
    row("TW1 3BZ", 51.4475, -0.3289, RICHMOND.twickenhamRiverside), // Civic Centre, York Street
    row("TW1 3SX", 51.4466, -0.3305, RICHMOND.twickenhamRiverside), // King Street
    row("TW1 4SX", 51.4374, -0.3366, RICHMOND.southTwickenham), // St Mary's University, Waldegrave Road
    row("TW2 7BA", 51.4560, -0.3415, RICHMOND.whitton), // Twickenham Stadium, Whitton Road
    row("TW2 7JU", 51.4605, -0.3585, RICHMOND.whitton), // High Street, Whitton
    row("TW9 1TP", 51.4613, -0.3034, RICHMOND.southRichmond), // Richmond Riverside
    row("TW9 2NA", 51.4626, -0.3012, RICHMOND.southRichmond), // The Quadrant, Richmond
    row("TW9 3AE", 51.4787, -0.2956, RICHMOND.kew), // Royal Botanic Gardens, Kew
    row("TW9 4DN", 51.4695, -0.2905, RICHMOND.northRichmond), // Sandycombe Road
    row("TW10 7RS", 51.4445, -0.3146, RICHMOND.ham), // Ham House, Ham Street
    row("TW11 8HU", 51.4272, -0.3316, RICHMOND.teddington), // Broad Street, Teddington
    row("TW11 0LW", 51.4255, -0.3449, RICHMOND.teddington), // Hampton Road, Teddington
    row("TW12 2EN", 51.4155, -0.3690, RICHMOND.hampton), // Station Road, Hampton
    row("KT8 9AU", 51.4036, -0.3377, RICHMOND.hamptonWick), // Hampton Court Palace
    row("SW13 9WT", 51.4768, -0.2365, RICHMOND.barnes), // WWT London Wetland Centre, Queen Elizabeth Walk
    row("SW14 8LS", 51.4632, -0.2660, RICHMOND.eastSheen), // Upper Richmond Road West
  ],
  sutton: [
    row("SM1 1EA", 51.3619, -0.1937, SUTTON.suttonCentral), // Civic Offices, St Nicholas Way
    row("SM1 1AA", 51.3599, -0.1930, SUTTON.suttonCentral), // High Street, Sutton
    row("SM1 1JG", 51.3634, -0.1921, SUTTON.suttonCentral), // High Street, Sutton
    row("SM1 3DA", 51.3716, -0.1909, SUTTON.suttonNorth), // Angel Hill
    row("SM2 5PT", 51.3443, -0.1893, SUTTON.belmont), // Royal Marsden Hospital, Downs Road
    row("SM2 6BY", 51.3530, -0.1965, SUTTON.suttonSouth), // Cheam Road area
    row("SM3 8QB", 51.3594, -0.2146, SUTTON.cheam), // Cheam village
    row("SM5 1AA", 51.3808, -0.1858, SUTTON.stHelier), // St Helier Hospital, Wrythe Lane
    row("SM5 3BN", 51.3681, -0.1664, SUTTON.carshaltonCentral), // High Street, Carshalton
    row("SM5 2HW", 51.3730, -0.1640, SUTTON.carshaltonCentral), // Carshalton station area
    row("SM6 0DX", 51.3605, -0.1507, SUTTON.wallingtonSouth), // Wallington station
    row("SM6 8JB", 51.3697, -0.1440, SUTTON.beddingtonNorth), // Beddington area
    row("KT4 8UJ", 51.3790, -0.2455, SUTTON.worcesterPark), // Central Road, Worcester Park
    row("SM2 7AA", 51.3458, -0.1978, SUTTON.belmont), // Brighton Road, Belmont
    row("SM1 2HU", 51.3615, -0.1832, SUTTON.suttonCentral), // Throwley Way area
  ],
};

/** Gives a demo council (kingston, richmond or sutton) its postcodes; any other council none. */
export async function addDemoPostcodes(tx: Tx, slug: string): Promise<void> {
  await savePostcodes(tx, DEMO_POSTCODES[slug as keyof typeof DEMO_POSTCODES] ?? []);
}
