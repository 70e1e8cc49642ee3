using ZhuhaiArtisan.Domain.Common;

namespace ZhuhaiArtisan.Domain.Talents.TalentImports.Rules;

public sealed class TalentImportMustBeInProgressRule(TalentImportStatus status) : IBusinessRule
{
    public string Code => "talent_import.already_finished";

    public string Message => $"导入已{(status == TalentImportStatus.Completed ? "完成" : "失败")}，不能再变更。";

    public bool IsBroken() => status is TalentImportStatus.Completed or TalentImportStatus.Failed;
}
