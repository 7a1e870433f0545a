// The chart maker (the embed package's dist/maker.html, which .storybook/main.ts serves under /embed) in its own
// frame on the "Make a chart" docs page, as an organisation hosts it: the maker is a page of its own, not React.
export function MakerFrame() {
  return (
    <iframe
      src="./embed/maker.html"
      title="Chart maker"
      style={{ width: '100%', height: '1700px', border: '1px solid #767676', borderRadius: 6 }}
    />
  );
}
