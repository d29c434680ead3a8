"""Robustness of the review's claims across parameter uncertainty.

Parameter sets are sampled around the nominal values (``params``, ``sampling``), every behaviour of a
mechanism is evaluated on each set (``evaluate``), chunks of sets run on a local process pool or a Dask
cluster with resume (``runner``), and claims are summarised with Wilson intervals and PRCC sensitivities
(``stats``, ``report``). ``command`` holds the ``mgbone robustness`` sub-command.
"""
