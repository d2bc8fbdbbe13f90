// Random container names as dockerd 20.10 makes them (moby v20.10.24 pkg/namesgenerator/
// names-generator.go GetRandomName and daemon/names.go generateNewName): `adjective_surname`
// from the same two word lists (108 adjectives, 236 surnames; the lists are data, the notable
// people's notes left out), never "boring_wozniak" ("Steve Wozniak is not boring"); a taken
// name is tried again up to 6 times, from the second try with a digit 0-9 appended, then the
// short id is the name. Random choices come from the node's seeded generator.

import { randomInt } from '../../host/random';
import type { Node } from '../../node';
import { conflict, invalidParameter } from '../errors';

const LEFT = [
  'admiring', 'adoring', 'affectionate', 'agitated', 'amazing', 'angry', 'awesome', 'beautiful', 'blissful', 'bold',
  'boring', 'brave', 'busy', 'charming', 'clever', 'cool', 'compassionate', 'competent', 'condescending', 'confident',
  'cranky', 'crazy', 'dazzling', 'determined', 'distracted', 'dreamy', 'eager', 'ecstatic', 'elastic', 'elated',
  'elegant', 'eloquent', 'epic', 'exciting', 'fervent', 'festive', 'flamboyant', 'focused', 'friendly', 'frosty',
  'funny', 'gallant', 'gifted', 'goofy', 'gracious', 'great', 'happy', 'hardcore', 'heuristic', 'hopeful', 'hungry',
  'infallible', 'inspiring', 'interesting', 'intelligent', 'jolly', 'jovial', 'keen', 'kind', 'laughing', 'loving',
  'lucid', 'magical', 'mystifying', 'modest', 'musing', 'naughty', 'nervous', 'nice', 'nifty', 'nostalgic',
  'objective', 'optimistic', 'peaceful', 'pedantic', 'pensive', 'practical', 'priceless', 'quirky', 'quizzical',
  'recursing', 'relaxed', 'reverent', 'romantic', 'sad', 'serene', 'sharp', 'silly', 'sleepy', 'stoic', 'strange',
  'stupefied', 'suspicious', 'sweet', 'tender', 'thirsty', 'trusting', 'unruffled', 'upbeat', 'vibrant', 'vigilant',
  'vigorous', 'wizardly', 'wonderful', 'xenodochial', 'youthful', 'zealous', 'zen',
] as const;

const RIGHT = [
  'albattani', 'allen', 'almeida', 'antonelli', 'agnesi', 'archimedes', 'ardinghelli', 'aryabhata', 'austin',
  'babbage', 'banach', 'banzai', 'bardeen', 'bartik', 'bassi', 'beaver', 'bell', 'benz', 'bhabha', 'bhaskara', 'black',
  'blackburn', 'blackwell', 'bohr', 'booth', 'borg', 'bose', 'bouman', 'boyd', 'brahmagupta', 'brattain', 'brown',
  'buck', 'burnell', 'cannon', 'carson', 'cartwright', 'carver', 'cerf', 'chandrasekhar', 'chaplygin', 'chatelet',
  'chatterjee', 'chebyshev', 'cohen', 'chaum', 'clarke', 'colden', 'cori', 'cray', 'curran', 'curie', 'darwin',
  'davinci', 'dewdney', 'dhawan', 'diffie', 'dijkstra', 'dirac', 'driscoll', 'dubinsky', 'easley', 'edison',
  'einstein', 'elbakyan', 'elgamal', 'elion', 'ellis', 'engelbart', 'euclid', 'euler', 'faraday', 'feistel', 'fermat',
  'fermi', 'feynman', 'franklin', 'gagarin', 'galileo', 'galois', 'ganguly', 'gates', 'gauss', 'germain', 'goldberg',
  'goldstine', 'goldwasser', 'golick', 'goodall', 'gould', 'greider', 'grothendieck', 'haibt', 'hamilton', 'haslett',
  'hawking', 'hellman', 'heisenberg', 'hermann', 'herschel', 'hertz', 'heyrovsky', 'hodgkin', 'hofstadter', 'hoover',
  'hopper', 'hugle', 'hypatia', 'ishizaka', 'jackson', 'jang', 'jemison', 'jennings', 'jepsen', 'johnson', 'joliot',
  'jones', 'kalam', 'kapitsa', 'kare', 'keldysh', 'keller', 'kepler', 'khayyam', 'khorana', 'kilby', 'kirch', 'knuth',
  'kowalevski', 'lalande', 'lamarr', 'lamport', 'leakey', 'leavitt', 'lederberg', 'lehmann', 'lewin', 'lichterman',
  'liskov', 'lovelace', 'lumiere', 'mahavira', 'margulis', 'matsumoto', 'maxwell', 'mayer', 'mccarthy', 'mcclintock',
  'mclaren', 'mclean', 'mcnulty', 'mendel', 'mendeleev', 'meitner', 'meninsky', 'merkle', 'mestorf', 'mirzakhani',
  'moore', 'morse', 'murdock', 'moser', 'napier', 'nash', 'neumann', 'newton', 'nightingale', 'nobel', 'noether',
  'northcutt', 'noyce', 'panini', 'pare', 'pascal', 'pasteur', 'payne', 'perlman', 'pike', 'poincare', 'poitras',
  'proskuriakova', 'ptolemy', 'raman', 'ramanujan', 'ride', 'montalcini', 'ritchie', 'rhodes', 'robinson', 'roentgen',
  'rosalind', 'rubin', 'saha', 'sammet', 'sanderson', 'satoshi', 'shamir', 'shannon', 'shaw', 'shirley', 'shockley',
  'shtern', 'sinoussi', 'snyder', 'solomon', 'spence', 'stonebraker', 'sutherland', 'swanson', 'swartz', 'swirles',
  'taussig', 'tesla', 'tharp', 'thompson', 'torvalds', 'tu', 'turing', 'varahamihira', 'vaughan', 'visvesvaraya',
  'volhard', 'villani', 'wescoff', 'wilbur', 'wiles', 'williams', 'williamson', 'wilson', 'wing', 'wozniak', 'wright',
  'wu', 'yalow', 'yonath', 'zhukovsky',
] as const;

/** daemon/names.go validContainerNamePattern (restrictedNameChars). */
const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

function pick<T>(node: Node, list: readonly T[]): T {
  return list[randomInt(node.state.random, 0, list.length - 1)] as T;
}

/** GetRandomName(retry). */
export function randomName(node: Node, retry: number): string {
  let name = '';
  do name = `${pick(node, LEFT)}_${pick(node, RIGHT)}`;
  while (name === 'boring_wozniak');
  return retry > 0 ? `${name}${randomInt(node.state.random, 0, 9)}` : name;
}

function ownerOf(node: Node, name: string): string | undefined {
  for (const c of Object.values(node.state.dockerd.containers)) if (c.name === name) return c.id;
  return undefined;
}

/** nameConflictError (daemon/errors.go): 409 with the holder's full id. */
function nameConflict(name: string, holder: string): Error {
  return conflict(`Conflict. The container name "/${name}" is already in use by container "${holder}". You have to remove (or rename) that container to be able to reuse that name.`);
}

/**
 * reserveName: the name without its slash, or invalidParameter `Invalid container name (x), only
 * [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, or 409 nameConflictError.
 */
export function checkName(node: Node, typed: string, forId?: string): string {
  if (!VALID_NAME.test(typed)) throw invalidParameter(`Invalid container name (${typed}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const name = typed.replace(/^\//, '');
  const holder = ownerOf(node, name);
  if (holder !== undefined && holder !== forId) throw nameConflict(name, holder);
  return name;
}

/** generateNewName: a free random name, else the short id. */
export function generateName(node: Node, id: string): string {
  for (let i = 0; i < 6; i++) {
    const name = randomName(node, i);
    if (ownerOf(node, name) === undefined) return name;
  }
  return id.slice(0, 12);
}
