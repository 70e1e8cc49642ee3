using ZhuhaiArtisan.Application.Common.Exceptions;

namespace ZhuhaiArtisan.Infrastructure.Imports;

/// <summary>
/// The columns of a talent import CSV: the field names of a single registration, or the Chinese
/// labels a spreadsheet template carries. Column order is free; a column nobody knows is refused,
/// so that a misspelt header never drops its values silently.
/// </summary>
internal static class CsvColumns
{
    public const int Name = 0;
    public const int DocumentType = 1;
    public const int IdentityNumber = 2;
    public const int Phone = 3;
    public const int ResidenceDistrictCode = 4;
    public const int Origin = 5;
    public const int EmployerId = 6;
    public const int SchoolId = 7;
    public const int Major = 8;
    public const int GraduationDate = 9;
    public const int JobSeekingStatus = 10;
    public const int WishedOccupationCodes = 11;
    public const int WishedDistrictCodes = 12;
    public const int WishedMonthlyWageMin = 13;
    public const int WishedMonthlyWageMax = 14;
    public const int ConsentsToMatching = 15;
    public const int Count = 16;

    /// <summary>How a problem names each column: the field path of a single registration.</summary>
    public static readonly string[] Names =
    [
        "name", "documentType", "identityNumber", "phone", "residenceDistrictCode", "origin", "employerId", "schoolId",
        "major", "graduationDate", "wishes.status", "wishes.occupationCodes", "wishes.districtCodes",
        "wishes.monthlyWageMin", "wishes.monthlyWageMax", "consentsToMatching",
    ];

    private static readonly string[] HeaderNames =
    [
        "name", "documentType", "identityNumber", "phone", "residenceDistrictCode", "origin", "employerId", "schoolId",
        "major", "graduationDate", "jobSeekingStatus", "wishedOccupationCodes", "wishedDistrictCodes",
        "wishedMonthlyWageMin", "wishedMonthlyWageMax", "consentsToMatching",
    ];

    private static readonly string[] ChineseLabels =
    [
        "姓名", "证件类型", "证件号码", "手机号码", "居住地区代码", "户籍来源", "工作单位ID", "就读学校ID",
        "专业", "毕业日期", "求职状态", "意向职业代码", "意向地区代码", "期望月薪下限", "期望月薪上限", "同意匹配",
    ];

    private static readonly int[] Required = [Name, DocumentType, IdentityNumber, Phone, ResidenceDistrictCode, Origin];

    private static readonly Dictionary<string, int> ByHeader = HeaderNames
        .Select((name, index) => (name, index))
        .Concat(ChineseLabels.Select((name, index) => (name, index)))
        .ToDictionary(c => c.name, c => c.index, StringComparer.OrdinalIgnoreCase);

    /// <summary>The column each header cell names, in file order.</summary>
    public static int[] FromHeader(IReadOnlyList<string> header)
    {
        var columns = new int[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i].Trim().TrimStart('\uFEFF');
            if (!ByHeader.TryGetValue(cell, out columns[i]))
            {
                throw new UnreadableFileException("talent_import.unknown_column",
                    $"Unknown column '{(cell.Length > 40 ? cell[..40] : cell)}'. The columns are: {string.Join(", ", HeaderNames)}.");
            }
        }

        var duplicate = columns.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UnreadableFileException("talent_import.duplicate_column", $"The column {HeaderNames[duplicate.Key]} appears twice.");
        }

        var missing = Required.Where(r => !columns.Contains(r)).Select(r => HeaderNames[r]).ToList();
        if (missing.Count > 0)
        {
            throw new UnreadableFileException("talent_import.missing_column", $"Required columns are missing: {string.Join(", ", missing)}.");
        }

        return columns;
    }
}
