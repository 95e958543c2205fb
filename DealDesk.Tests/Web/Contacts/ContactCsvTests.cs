using System.Text;
using DealDesk.Core.Contacts;
using DealDesk.Web.Api.Contacts;
namespace DealDesk.Tests.Web.Contacts;

/// <summary>The contact CSV: formula cells neutralised with a leading apostrophe, commas, quotes and line breaks
/// quoted as RFC 4180 says, UTF-8 with a byte order mark.</summary>
public sealed class ContactCsvTests
{
    private static readonly DateTime At = new(2027, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("Plain = safe", "Plain = safe")]
    public async Task ACellStartingLikeAFormula_GetsALeadingApostrophe(string company, string shown)
    {
        var cells = await CellsAsync(Row(company: company));

        Assert.Equal(shown, cells[1][3]);
    }

    [Fact]
    public async Task AFormulaStartingWithCarriageReturn_IsQuotedAndNeutralised()
    {
        var text = await TextAsync(Row(note: "\r=cmd|' /C calc'!A0"));

        Assert.Contains("\"'\r=cmd|' /C calc'!A0\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommasQuotesAndLineBreaks_AreQuoted_AndReadBackUnchanged()
    {
        var row = Row(name: "Lee, Ann", company: "The \"Best\" Co", note: "Line one\r\nline two, with a comma");

        var text = await TextAsync(row);
        var cells = await CellsAsync(row);

        Assert.Contains("\"Lee, Ann\"", text, StringComparison.Ordinal);
        Assert.Contains("\"The \"\"Best\"\" Co\"", text, StringComparison.Ordinal);
        Assert.Equal(["Lee, Ann", "ann@example.com", "", "The \"Best\" Co", "Customer", "Meeting set",
            "Line one\r\nline two, with a comma", "2027-03-04 05:06:07", "2027-03-04 05:06:07"], cells[1]);
    }

    [Fact]
    public async Task TheFileStartsWithAByteOrderMark_AndTheHeader()
    {
        using var output = new MemoryStream();
        await ContactCsv.WriteAsync(output, Rows(Row(name: "Zoë Ünal")));
        var bytes = output.ToArray();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Name,Email,Phone,Company,Status,Funnel stage,Latest note,Last contact (UTC),Created (UTC)\r\n",
            text, StringComparison.Ordinal);
        Assert.Contains("Zoë Ünal", text, StringComparison.Ordinal);
    }

    private static ContactRow Row(string name = "Ann Lee", string? company = null, string? note = null) =>
        new(Guid.NewGuid(), name, "ann@example.com", null, company, ContactStatus.Customer, FunnelStage.MeetingSet, note,
            At, At, [1]);

    private static async IAsyncEnumerable<ContactRow> Rows(params ContactRow[] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private static async Task<string> TextAsync(params ContactRow[] rows)
    {
        using var output = new MemoryStream();
        await ContactCsv.WriteAsync(output, Rows(rows));
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(output.ToArray()).TrimStart('\uFEFF');
    }

    private static async Task<List<string[]>> CellsAsync(params ContactRow[] rows) => Parse(await TextAsync(rows));

    /// <summary>A small RFC 4180 reader, so the test checks what a spreadsheet would read, not the writer's own view.</summary>
    internal static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
