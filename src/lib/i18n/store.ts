import type { Locale } from '../domain/codes';

/**
 * What the browser's store of imported datasets has to tell a person: what a commit kept and
 * what it did not, a record that cannot be read, a change made in another tab; and the choice of
 * a workbook's sheet. French first.
 */
const fr = {
	/** After "Ajouter au tableau de bord": one sentence, never "kept" and "refused" together. */
	outcome: {
		stored: (files: string[]) =>
			`${count(files, 'fr')} au tableau de bord et ${files.length > 1 ? 'gardés' : 'gardé'} dans ce navigateur : ${list(files, 'fr')}.`,
		unavailable: (files: string[]) =>
			`${count(files, 'fr')} au tableau de bord pour cette visite seulement : ${list(files, 'fr')}. Ce navigateur refuse le stockage local : ${files.length > 1 ? 'ils disparaîtront' : 'il disparaîtra'} à la fermeture de l’onglet.`,
		quota: (files: string[]) =>
			`${count(files, 'fr')} au tableau de bord pour cette visite seulement : ${list(files, 'fr')}. L’espace de stockage du navigateur est plein : rien de cet ajout n’est gardé, ${files.length > 1 ? 'ils disparaîtront' : 'il disparaîtra'} à la fermeture de l’onglet ; les jeux importés auparavant restent gardés. Retirez des jeux dans le catalogue pour faire de la place, puis importez de nouveau.`,
		failed: (files: string[], reason: string) =>
			`${count(files, 'fr')} au tableau de bord pour cette visite seulement : ${list(files, 'fr')}. Le navigateur a refusé de les garder (${reason}).`,
		stale:
			'Un autre onglet vient de modifier les jeux importés : rien n’a été ajouté. Les doublons et les conflits sont vérifiés de nouveau ci-dessous ; ajoutez ensuite.'
	},
	/** A file that kept no row after the checks: said, not dropped from the page unexplained. */
	nothingNew: (file: string, observations: string, allBundled: boolean) =>
		`${file} n’est pas ajouté : rien de nouveau, ses observations (${observations}) sont toutes ${allBundled ? 'déjà dans les données fournies avec le tableau de bord' : 'déjà gardées ailleurs (données fournies, autre fichier) ou écartées dans un conflit'}.`,
	nothingAdded: 'Rien n’a été ajouté.',
	broken: (n: number) => `${n} ${n > 1 ? 'jeux importés illisibles' : 'jeu importé illisible'} :`,
	brokenReason: {
		partial: 'une partie manque',
		shape: 'enregistrement abîmé',
		unreadable: 'illisible par le navigateur'
	} as Record<'partial' | 'shape' | 'unreadable', string>,
	brokenHelp:
		'Les autres jeux importés sont affichés normalement. Un jeu illisible ne peut pas être réparé : supprimez-le, puis importez de nouveau le fichier.',
	remove: 'supprimer',
	removeBroken: (name: string) => `Supprimer ${name}`,
	unnamed: 'jeu sans nom',
	workbook: {
		sheet: 'Feuille lue :',
		sheets: (n: number) => `Ce classeur a ${n} feuilles ; choisissez celle qui porte les chiffres.`
	}
};

const en: typeof fr = {
	outcome: {
		stored: (files) =>
			`${count(files, 'en')} to the dashboard and kept in this browser: ${list(files, 'en')}.`,
		unavailable: (files) =>
			`${count(files, 'en')} to the dashboard for this visit only: ${list(files, 'en')}. This browser refuses local storage: ${files.length > 1 ? 'they' : 'it'} will be gone when the tab is closed.`,
		quota: (files) =>
			`${count(files, 'en')} to the dashboard for this visit only: ${list(files, 'en')}. The browser’s storage is full: nothing of this addition is kept, ${files.length > 1 ? 'they' : 'it'} will be gone when the tab is closed; datasets imported before stay kept. Remove datasets in the catalogue to make room, then import again.`,
		failed: (files, reason) =>
			`${count(files, 'en')} to the dashboard for this visit only: ${list(files, 'en')}. The browser refused to keep them (${reason}).`,
		stale:
			'Another tab has just changed the imported datasets: nothing was added. Duplicates and conflicts are checked again below; then add.'
	},
	nothingNew: (file, observations, allBundled) =>
		`${file} was not added: nothing new, its observations (${observations}) are all ${allBundled ? 'already in the data bundled with the dashboard' : 'already kept elsewhere (bundled data, another file) or set aside in a conflict'}.`,
	nothingAdded: 'Nothing was added.',
	broken: (n) => `${n} unreadable imported ${n > 1 ? 'datasets' : 'dataset'}:`,
	brokenReason: {
		partial: 'a part is missing',
		shape: 'damaged record',
		unreadable: 'the browser cannot read it'
	},
	brokenHelp:
		'The other imported datasets are shown as usual. An unreadable dataset cannot be repaired: remove it, then import the file again.',
	remove: 'remove',
	removeBroken: (name) => `Remove ${name}`,
	unnamed: 'unnamed dataset',
	workbook: {
		sheet: 'Sheet read:',
		sheets: (n) => `This workbook has ${n} sheets; choose the one holding the figures.`
	}
};

/** `count(['a.csv'], 'fr')` → `1 jeu ajouté`; `count(['a', 'b'], 'en')` → `2 datasets added`. */
function count(files: readonly string[], locale: Locale): string {
	const n = files.length;
	if (locale === 'en') return `${n} ${n > 1 ? 'datasets' : 'dataset'} added`;
	return `${n} ${n > 1 ? 'jeux ajoutés' : 'jeu ajouté'}`;
}

/** File names as a sentence: `list(['a.csv', 'b.csv', 'c.csv'], 'fr')` → `a.csv, b.csv et c.csv`. */
export function list(files: readonly string[], locale: Locale): string {
	if (files.length <= 1) return files[0] ?? '';
	const and = locale === 'fr' ? ' et ' : ' and ';
	return `${files.slice(0, -1).join(', ')}${and}${files[files.length - 1]}`;
}

export type StoreMessages = typeof fr;

/** The store's strings of a locale: `tStore('fr').remove` → `'supprimer'`. */
export function tStore(locale: Locale): StoreMessages {
	return locale === 'en' ? en : fr;
}
