import type { PostwrightSettings } from '../settings';

/**
 * One setting, described once and rendered two ways: by display() with the
 * Setting builder (Obsidian before 1.13) and by getSettingDefinitions() as a
 * declarative control (1.13 and later, which also makes it searchable). Both
 * read, validate and write through the functions here, so the two paths can
 * never disagree about what a value means.
 */
interface DescriptorBase {
	/** Stable id, passed to getControlValue/setControlValue on 1.13+. */
	key: string;
	name: string;
	desc: string;
}

export interface TextDescriptor extends DescriptorBase {
	/**
	 * `folder` and `file` are text fields that Obsidian 1.13+ can back with a
	 * vault suggester; before 1.13 they are plain text fields.
	 */
	kind: 'text' | 'textarea' | 'folder' | 'file';
	placeholder?: string;
	read(settings: PostwrightSettings): string;
	/** A one-line message when the value is rejected; undefined when it is accepted. */
	validate?(value: string): string | undefined;
	/** Stores an accepted value, cleaned up as the saved-settings loader would. */
	write(settings: PostwrightSettings, value: string): void;
}

export interface ToggleDescriptor extends DescriptorBase {
	kind: 'toggle';
	read(settings: PostwrightSettings): boolean;
	write(settings: PostwrightSettings, value: boolean): void;
}

export interface DropdownDescriptor extends DescriptorBase {
	kind: 'dropdown';
	/** Stored value → label. */
	options: Record<string, string>;
	read(settings: PostwrightSettings): string;
	write(settings: PostwrightSettings, value: string): void;
}

export type SettingDescriptor = TextDescriptor | ToggleDescriptor | DropdownDescriptor;

export interface SettingsSection {
	heading: string;
	settings: SettingDescriptor[];
}

/**
 * Why `value` cannot be stored by `descriptor`, or undefined when it can. A
 * value of the wrong type (the 1.13 API hands over `unknown`) is rejected too.
 */
export function rejectionOf(descriptor: SettingDescriptor, value: unknown): string | undefined {
	switch (descriptor.kind) {
		case 'toggle':
			return typeof value === 'boolean' ? undefined : 'Expected on or off.';
		case 'dropdown':
			return typeof value === 'string' && Object.prototype.hasOwnProperty.call(descriptor.options, value) ? undefined : `Choose one of: ${Object.values(descriptor.options).join(', ')}.`;
		default:
			return typeof value === 'string' ? descriptor.validate?.(value) : 'Expected text.';
	}
}

/**
 * Validates and stores one value, then saves. Returns the rejection message
 * (and changes nothing) when the value is not accepted.
 */
export async function applySetting(
	descriptor: SettingDescriptor,
	value: unknown,
	settings: PostwrightSettings,
	save: () => Promise<void>,
): Promise<string | undefined> {
	const rejection = rejectionOf(descriptor, value);
	if (rejection !== undefined) return rejection;
	// rejectionOf has checked the value's type for this kind.
	if (descriptor.kind === 'toggle') descriptor.write(settings, value as boolean);
	else descriptor.write(settings, value as string);
	await save();
	return undefined;
}

export function findDescriptor(sections: readonly SettingsSection[], key: string): SettingDescriptor | undefined {
	for (const section of sections) {
		const found = section.settings.find((descriptor) => descriptor.key === key);
		if (found) return found;
	}
	return undefined;
}
