using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Training.TrainingClasses;

namespace ZhuhaiArtisan.Application.Training.OpenTrainingClass;

public sealed class OpenTrainingClassCommandValidator : AbstractValidator<OpenTrainingClassCommand>
{
    public OpenTrainingClassCommandValidator()
    {
        RuleFor(c => c.CatalogueItemId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.StartDate).NotNull();
        RuleFor(c => c.EndDate).NotNull();
        RuleFor(c => c.EndDate).GreaterThanOrEqualTo(c => c.StartDate).When(c => c.StartDate is not null && c.EndDate is not null)
            .WithMessage("endDate is on or after startDate.");
        RuleFor(c => c.Capacity).NotNull().InclusiveBetween(1, TrainingClass.MaxCapacity);
        RuleFor(c => c.Venue).MaximumLength(TrainingClass.VenueMaxLength).MustBePrintableText();
    }
}
