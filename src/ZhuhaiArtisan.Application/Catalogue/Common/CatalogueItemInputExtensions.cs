using ZhuhaiArtisan.Domain.Catalogue.CatalogueItems;

namespace ZhuhaiArtisan.Application.Catalogue.Common;

public static class CatalogueItemInputExtensions
{
    /// <summary>The content of a validated input (every required value is present).</summary>
    public static CatalogueItemContent ToContent(this ICatalogueItemInput input) =>
        new(
            input.Title!.Trim(),
            input.OccupationCode!,
            input.SkillLevel!,
            input.TrainingType!.Value,
            input.TheoryHours!.Value,
            input.PracticeHours!.Value,
            input.FeePerPerson!.Value,
            input.DeliveryMode!.Value,
            input.Clusters!,
            input.IsUrgentlyNeeded!.Value,
            input.IsNewOccupation!.Value,
            input.ValidFrom!.Value,
            input.ValidUntil!.Value);
}
