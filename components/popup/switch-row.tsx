/** A labelled on/off switch: a native checkbox with role="switch", so keyboards and screen readers know it. */
export function SwitchRow(props: {
  id: string;
  label: string;
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}) {
  const descriptionId = props.description ? `${props.id}-description` : undefined;
  return (
    <div class="switch-row">
      <div class="switch-label">
        <label class="switch-text" for={props.id}>
          {props.label}
        </label>
        {props.description && (
          <span class="switch-description" id={descriptionId}>
            {props.description}
          </span>
        )}
      </div>
      <input
        id={props.id}
        class="switch"
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={descriptionId}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
    </div>
  );
}
