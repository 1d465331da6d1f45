export function Popup() {
  return <main><h1>Cable Lens</h1></main>;
}
