using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Application.Training.Common;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.PushTrainingClasses;

public sealed class TrainingClassPushRowValidator : AbstractValidator<TrainingClassPushRow>
{
    public TrainingClassPushRowValidator()
    {
        this.RuleForExternalId(r => r.ExternalId);
        RuleFor(r => r.CatalogueItemId).NotNull().NotEqual(Guid.Empty);
        RuleFor(r => r.StartDate).NotNull();
        RuleFor(r => r.EndDate).NotNull();
        RuleFor(r => r.Capacity).NotNull().InclusiveBetween(1, TrainingClass.MaxCapacity);
        RuleFor(r => r.Venue).MaximumLength(TrainingClass.VenueMaxLength).MustBePrintableText();
    }
}
