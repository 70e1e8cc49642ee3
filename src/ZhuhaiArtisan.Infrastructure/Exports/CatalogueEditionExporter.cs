using System.Globalization;
using System.Text;
using MiniExcelLibs;
using nietras.SeparatedValues;
using ZhuhaiArtisan.Application.Catalogue.Common;
using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;
using ZhuhaiArtisan.Domain.ReferenceData.IndustryClusters;
using ZhuhaiArtisan.Domain.ReferenceData.SkillLevels;

namespace ZhuhaiArtisan.Infrastructure.Exports;

/// <summary>
/// An edition as a spreadsheet: one row per item in edition order, columns headed in Chinese,
/// values as a reader expects them (level and type names, 是/否, dates as yyyy-MM-dd). CSV carries
/// a byte-order mark in UTF-8, which is how spreadsheet programs recognise it, or is GB18030.
/// </summary>
internal sealed class CatalogueEditionExporter : ICatalogueEditionExporter
{
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ExportedFile Export(CatalogueEditionDto edition, IReadOnlyList<CatalogueEditionItemDto> items, CatalogueExportFormat format, CatalogueExportEncoding encoding)
    {
        var rows = items.Select(Row).ToList();
        var name = $"zhuhai-training-catalogue-{edition.Number.ToString(CultureInfo.InvariantCulture)}";
        return format == CatalogueExportFormat.Xlsx
            ? new ExportedFile(Xlsx(rows), XlsxContentType, name + ".xlsx")
            : encoding == CatalogueExportEncoding.Gb18030
                ? new ExportedFile(Gb18030().GetBytes(Csv(rows)), "text/csv; charset=gb18030", name + ".csv")
                : new ExportedFile([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Csv(rows))], "text/csv; charset=utf-8", name + ".csv");
    }

    private static List<KeyValuePair<string, object>> Row(CatalogueEditionItemDto item) =>
    [
        new("序号", item.Position),
        new("项目编号", item.ItemId.ToString()),
        new("项目名称", item.Title),
        new("职业编码", item.OccupationCode),
        new("职业（工种）", item.OccupationName),
        new("培训等级", SkillLevel.FindByCode(item.SkillLevel)?.NameZh ?? item.SkillLevel),
        new("培训类型", TrainingTypeName(item.TrainingType)),
        new("理论课时", item.TheoryHours),
        new("实操课时", item.PracticeHours),
        new("总课时", item.TotalHours),
        new("收费标准（元/人）", item.FeePerPerson),
        new("补贴标准（元/人）", item.SubsidyPerPerson),
        new("培训方式", DeliveryModeName(item.DeliveryMode)),
        new("服务产业集群", string.Join("、", item.Clusters.Select(c => IndustryCluster.FindByCode(c)?.NameZh ?? c))),
        new("急需紧缺", item.IsUrgentlyNeeded ? "是" : "否"),
        new("新职业", item.IsNewOccupation ? "是" : "否"),
        new("有效期起", item.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("有效期止", item.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("培训机构", item.InstitutionName),
        new("所在区代码", item.DistrictCode),
        new("当前状态", LiveStatusName(item.LiveStatus)),
        new("可报名", item.AcceptsEnrolment ? "是" : "否"),
    ];

    private static string Csv(List<List<KeyValuePair<string, object>>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            foreach (var values in rows)
            {
                using var row = writer.NewRow();
                foreach (var (column, value) in values)
                {
                    row[column].Set(value is string s ? Neutralised(s) : Convert.ToString(value, CultureInfo.InvariantCulture)!);
                }
            }
        }

        return text.ToString();
    }

    private static byte[] Xlsx(List<List<KeyValuePair<string, object>>> rows)
    {
        using var stream = new MemoryStream();
        var sheet = rows.Select(values => values.ToDictionary(v => v.Key, v => v.Value)).ToList();
        stream.SaveAs(sheet, sheetName: "培训目录");
        return stream.ToArray();
    }

    /// <summary>
    /// Text an institution wrote must not run as a formula when the CSV is opened in a spreadsheet
    /// program: a leading =, +, - or @ is kept as text by a leading apostrophe (OWASP CSV injection).
    /// </summary>
    private static string Neutralised(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static string TrainingTypeName(TrainingType type) => type switch
    {
        TrainingType.NewApprenticeship => "新型学徒制",
        TrainingType.TargetedTraining => "定向技能培训",
        TrainingType.StudentApprentice => "学生学徒（技培生）",
        TrainingType.SkillUpgrading => "技能提升",
        TrainingType.DigitalLiteracy => "数字素养提升",
        _ => "安全生产和质量管理",
    };

    private static string DeliveryModeName(DeliveryMode mode) => mode switch
    {
        DeliveryMode.Online => "线上（技行珠海）",
        DeliveryMode.Offline => "线下",
        _ => "线上线下结合",
    };

    private static string LiveStatusName(CatalogueLiveStatus status) => status switch
    {
        CatalogueLiveStatus.Active => "有效",
        CatalogueLiveStatus.UnderReview => "复审中",
        CatalogueLiveStatus.Suspended => "已暂停",
        _ => "已撤销",
    };
}
