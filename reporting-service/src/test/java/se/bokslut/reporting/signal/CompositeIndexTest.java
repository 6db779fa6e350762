package se.bokslut.reporting.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompositeIndexTest {

    @Test
    void theSpecsExampleIsEightySevenPercentOfThirtyEightPointsAboveABudgetOfSeventy() {
        // 15 GREEN, 3 YELLOW, 1 RED: 30 + 3 + 0 = 33 of 19 × 2 = 38 points; 86.8 % shows as 87
        CompositeIndex index = CompositeIndex.of(15, 3, 1, IndexPoints.DEFAULT, BigDecimal.valueOf(70));
        assertThat(index.points()).isEqualTo(33);
        assertThat(index.maxPoints()).isEqualTo(38);
        assertThat(index.percent()).isEqualByComparingTo("87");
        assertThat(index.difference()).isEqualByComparingTo("17");
    }

    @Test
    void aPercentIsRoundedHalfUpAndBelowBudgetIsNegative() {
        // 5 of 8 points = 62.5 % → 63
        CompositeIndex index = CompositeIndex.of(2, 1, 1, IndexPoints.DEFAULT, BigDecimal.valueOf(70));
        assertThat(index.points()).isEqualTo(5);
        assertThat(index.maxPoints()).isEqualTo(8);
        assertThat(index.percent()).isEqualByComparingTo("63");
        assertThat(index.difference()).isEqualByComparingTo("-7");
    }

    @Test
    void theModelsOwnPointsCountAndTheMaximumIsTheBestSignalsPoints() {
        CompositeIndex index = CompositeIndex.of(1, 1, 1, new IndexPoints(3, 2, 1), null);
        assertThat(index.points()).isEqualTo(6);
        assertThat(index.maxPoints()).isEqualTo(9);
        assertThat(index.percent()).isEqualByComparingTo("67");
        assertThat(index.budget()).isNull();
        assertThat(index.difference()).isNull();
    }

    @Test
    void withoutAnyResultWithASignalThereIsNoPercent() {
        CompositeIndex index = CompositeIndex.of(0, 0, 0, IndexPoints.DEFAULT, BigDecimal.valueOf(70));
        assertThat(index.maxPoints()).isZero();
        assertThat(index.percent()).isNull();
        assertThat(index.difference()).isNull();
    }

    @Test
    void aTotalAddsPointsAndMaximaOfItsPartsAndHasNoBudget() {
        CompositeIndex total = CompositeIndex.total(List.of(
                CompositeIndex.of(2, 0, 0, IndexPoints.DEFAULT, BigDecimal.valueOf(70)),
                CompositeIndex.of(0, 0, 1, new IndexPoints(4, 2, 0), BigDecimal.valueOf(50))));
        assertThat(total.points()).isEqualTo(4);
        assertThat(total.maxPoints()).isEqualTo(8);
        assertThat(total.percent()).isEqualByComparingTo("50");
        assertThat(total.budget()).isNull();
    }
}
