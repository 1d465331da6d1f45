/** A small set of exclusive choices as a segmented radio group (arrow keys move between them). */
export function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}) {
  return (
    <fieldset class="choice-group">
      <legend>{props.legend}</legend>
      <div class="segments">
        {props.options.map((option) => (
          <label class="segment" key={option.value}>
            <input
              type="radio"
              id={`${props.name}-${option.value}`}
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
