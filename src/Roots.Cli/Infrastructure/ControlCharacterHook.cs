using Spectre.Console;
using Spectre.Console.Rendering;

namespace Roots.Cli.Infrastructure;

/// <summary>
/// The last line of defence on <see cref="Terminal.Out"/> and <see cref="Terminal.Err"/>: whatever a
/// command renders (a table cell, a markup line), the text of each segment has its control characters
/// escaped (<see cref="Printable.Line"/>) before it reaches the terminal. Spectre's own control codes
/// (cursor moves of a progress bar) and line breaks pass. Line breaks inside a value are the caller's
/// to escape (<see cref="Printable"/>, <see cref="SafeMarkup"/>): by now they are layout.
/// </summary>
public sealed class ControlCharacterHook : IRenderHook
{
    /// <inheritdoc />
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(r => (IRenderable)new Escaped(r));

    private sealed class Escaped(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
            inner.Render(options, maxWidth).Select(s => s.IsControlCode || s.IsLineBreak ? s : Escape(s));

        private static Segment Escape(Segment segment)
        {
            string text = Printable.Line(segment.Text);
            return ReferenceEquals(text, segment.Text) ? segment : new Segment(text, segment.Style);
        }
    }
}
